"""Signing in: passwords live with the users in habeas.services; the second factor lives here."""
