import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QRegion
from .test_current_in_reader import _visible_proposals
from .test_suggestions_ui import open_sample

class Regions(QObject):
    def __init__(self):
        super().__init__(); self.area = 0; self.cpu = 0.0; self.count = 0
    def eventFilter(self, _w, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.area += sum(r.width() * r.height() for r in event.region())
        return False

def test_measure(app_window):
    open_sample(app_window)
    view = app_window.view
    view.setCursorWidth(0)
    c = app_window.workspace.suggestions
    shown = _visible_proposals(app_window, [])
    regions = Regions(); view.viewport().installEventFilter(regions)
    original = view.paintEvent
    def timed(event):
        t = time.thread_time(); original(event); regions.cpu += time.thread_time() - t
    view.paintEvent = timed
    vp = view.viewport().width() * view.viewport().height()
    moves = 0
    for _ in range(5):
        for p in shown:
            c.list.set_current(p.key); app_window.wait(); view.viewport().repaint() if False else None
            app_window.qtbot.wait(5); moves += 1
    print(f"MEASURE moves={moves} viewport={vp} px area/move={regions.area / moves:.0f} ({regions.area / moves / vp:.1%}) paints={regions.count} paint cpu/move={regions.cpu / moves * 1000:.2f} ms")
