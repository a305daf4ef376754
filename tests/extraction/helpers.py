"""Small readers of the extraction record shared by the rule tests."""


def only(record: dict, key: str) -> dict:
    """The one fact of a kind the text reports."""
    found = record[key]
    assert len(found) == 1, found
    return found[0]


def meetings(record: dict) -> list[list[str]]:
    """Each meeting's participants, sorted, in a sorted list."""
    return sorted(sorted(m["participants"]) for m in record["meetings"])
