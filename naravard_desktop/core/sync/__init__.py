"""Co-writers: bundles, the three-way merge, field versions, the answers file format."""
