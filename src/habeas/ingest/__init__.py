"""Intake and extraction: file type detection, one extractor per family of formats, a sandbox."""
