"""Labels the analyses write into their tables and the notebooks select on. Standard library only, so a
notebook that reads the tables and draws imports no NLP."""

# timeline_consistency.csv `check`
PAST_AFTER_PUBLICATION = "event described as past, dated after publication"
VERSIONS_DISAGREE = "versions of one story whose dates disagree"
FIGURE_AFTER_PUBLICATION = "figure whose refers-to date falls after publication"

# translation_issues.csv `severity`, most severe first
SEVERITIES = ["critical", "major", "minor", "neutral"]
