"""What leaves Habeas: FollowTheMoney entities, CSV tables, dossiers, and the sanctions cross-reference.

Everything here reads the case file through an allow-list of tables (documents, pages, mentions,
entities, claims, events, imported FtM entities), never the rows of leaked tables and never sealed
fields: see ``case_file``.
"""
