"""Barcode scanners: serial (COM), keyboard wedge logic, webcam DataMatrix, scripted fake."""
