"""Receipt printer: document model, layouts, ESC/POS rendering, connectors, fakes."""
