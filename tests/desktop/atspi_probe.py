"""Look at Marginalia through the accessibility bus, as assistive technology does.

Run with the *system* Python (``/usr/bin/python3``, which has ``pyatspi``) inside
``tools/xsession``: ``atspi_probe.py measure NAME`` prints JSON with the named element's
extents on the screen, the lines of its text as laid out, and the main window's frame;
``atspi_probe.py focus NAME`` gives the named element the keyboard; ``atspi_probe.py fields
NAME`` lists the fields (combo boxes, text fields, spin buttons) inside the named element as
a screen reader meets them: role, name, what it says they hold (a combo box's chosen item,
a field's text — a spin button's too —, else its number), the number its Value interface
gives, the captions that label them and whether they have the keyboard; ``atspi_probe.py
focused SECONDS`` listens that long for the fields that get the keyboard and lists them
(role, name, what they hold) — also a field the tree does not hold, as a table cell's combo
box, which a screen reader meets only so. Exit status 2: not found.
"""

import json
import sys

import pyatspi


def find(node, name):
    try:
        if node.name == name:
            return node
        for index in range(node.childCount):
            found = find(node.getChildAtIndex(index), name)
            if found is not None:
                return found
    except Exception:  # a node that went away while walking
        return None
    return None


def marginalia():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == "Marginalia":
            return app
    return None


def lines_of(element, limit=4000):
    text = element.queryText()
    lines, offset = [], 0
    end = min(text.characterCount, limit)
    while offset < end:
        line, _start, stop = text.getTextAtOffset(offset, pyatspi.TEXT_BOUNDARY_LINE_START)
        lines.append(line.rstrip("\n"))
        offset = max(stop, offset + 1)
    return lines


FIELD_ROLES = (
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON,
)


def held(field):
    """What a field holds as a screen reader says it: a combo box's selected item (of its
    list); a field's text — a spin button's too: Orca says a spin button's text and uses its
    Value only for a pitch between its minimum and maximum, and Qt's date box gives 0.0 as
    its Value (ADR 0117, round 17) —; else its number."""
    if field.getRole() == pyatspi.ROLE_COMBO_BOX:
        for index in range(field.childCount):
            listed = field.getChildAtIndex(index)
            try:
                selection = listed.querySelection()
            except NotImplementedError:
                continue
            return [selection.getSelectedChild(i).name for i in range(selection.nSelectedChildren)]
        return None
    try:
        return field.queryText().getText(0, -1)
    except NotImplementedError:
        pass
    return value_of(field)


def value_of(field):
    """The number a field's Value interface gives, if it has one."""
    try:
        return field.queryValue().currentValue
    except NotImplementedError:
        return None


def fields(node):
    found = []
    try:
        if node.getRole() in FIELD_ROLES and node.getState().contains(pyatspi.STATE_SHOWING):
            labels = [
                relation.getTarget(i).name
                for relation in node.getRelationSet()
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                for i in range(relation.getNTargets())
            ]
            found.append(
                {
                    "role": node.getRoleName(),
                    "name": node.name,
                    "holds": held(node),
                    "value": value_of(node),
                    "labelled_by": labels,
                    "focused": node.getState().contains(pyatspi.STATE_FOCUSED),
                }
            )
            if node.getRole() == pyatspi.ROLE_COMBO_BOX:
                return found  # (its list's items are not fields)
        for index in range(node.childCount):
            found.extend(fields(node.getChildAtIndex(index)))
    except Exception:  # a node that went away while walking
        return found
    return found


def focused(seconds):
    """The fields that got the keyboard within ``seconds``, as a screen reader hears them."""
    from gi.repository import GLib

    heard = []

    def on_focus(event):
        if event.detail1 != 1:
            return
        try:
            field = event.source
            heard.append({"role": field.getRoleName(), "name": field.name, "holds": held(field)})
        except Exception:  # a field that went away
            pass

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop() and False)
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()
    return heard


def main() -> int:
    command, name = sys.argv[1], sys.argv[2]
    if command == "focused":
        print(json.dumps({"found": True, "focused": focused(float(name))}, ensure_ascii=False))
        return 0
    app = marginalia()
    element = find(app, name) if app is not None else None
    if element is None:
        print(json.dumps({"found": False}))
        return 2
    if command == "focus":
        element.queryComponent().grabFocus()
        print(json.dumps({"found": True}))
        return 0
    if command == "fields":
        print(json.dumps({"found": True, "fields": fields(element)}, ensure_ascii=False))
        return 0
    x, y, width, height = element.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    frame = None
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and window.getRole() == pyatspi.ROLE_FRAME:
            frame = list(window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS))
    result = {"found": True, "extents": [x, y, width, height], "frame": frame}
    try:
        result["lines"] = lines_of(element)
    except NotImplementedError:
        result["lines"] = []
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
