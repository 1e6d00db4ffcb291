"""``marginalia-cli``: the headless jobs a lead scripts (the README's command table).

Never imports Qt.
"""
