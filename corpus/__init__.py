"""The bundled course texts and cases, shipped as package data."""
