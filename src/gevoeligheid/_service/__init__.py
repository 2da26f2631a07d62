"""The HTTP service behind `gevoelig serve` (FastAPI on uvicorn): nothing here is public API."""
