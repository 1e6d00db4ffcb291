"""The Qt-free Marginalia library: models, store, migrations, import, export."""
