// The wizard comes with the wizard issue.
