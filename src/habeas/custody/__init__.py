"""Chain of custody beyond intake: the audit trail as people read it, and evidence packages."""
