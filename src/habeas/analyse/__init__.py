"""Analysis: mentions of people, organisations, facilities, places, laws, dates and figures in
stored documents, and the claims and dated events built from them."""

RULES_VERSION = "2"


def analyser_version() -> str:
    """What produced a document's facts: the rules' version and the language model's."""
    from habeas.analyse.engine import model_version

    return f"habeas-analyse {RULES_VERSION}; {model_version()}; jieba"
