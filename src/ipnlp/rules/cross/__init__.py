"""Cross-document rules (IPN5xx): checked over a batch of reports of one series."""
