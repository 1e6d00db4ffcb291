"""Icons, styles, translations and the sample article, shipped with the package."""
