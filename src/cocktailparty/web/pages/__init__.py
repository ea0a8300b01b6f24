"""The web app's pages, one module per page (or group of pages); each only translates between HTTP and the domains."""
