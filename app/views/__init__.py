"""The desktop window (PySide6). Views present and delegate to app.services.cases."""
