"""Protection of witnesses and evidence: key pairs, sealed testimony fields, grants and unsealing."""
