"""``marginalia-cli``: the headless jobs a lead scripts (design §6). Never imports Qt."""
