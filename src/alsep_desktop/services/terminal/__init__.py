"""The card terminal: its service, the company's terminal registry, terminal reports and statements, the terminal's shift."""
