"""Rule files and the criteria spec, shipped as the resource package ``chartmatch.patterns``."""
