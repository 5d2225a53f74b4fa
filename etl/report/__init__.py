"""Parsing of HMIC 2007 inspection reports (text extraction or PDF) into plain records."""
