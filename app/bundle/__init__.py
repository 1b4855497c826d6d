"""The evidence bundle PDF: sections, exhibits, bookmarks, manifest. No Qt."""
