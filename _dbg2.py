import time, sys, tempfile
from pathlib import Path
def main():
    t0 = time.time()
    from PySide6.QtCore import QSettings, QCoreApplication
    from PySide6.QtWidgets import QApplication
    from desktop.ui.app import create_main_window
    app = QApplication(sys.argv[:1])
    d = Path(tempfile.mkdtemp())
    w = create_main_window(QSettings(str(d/"s.ini"), QSettings.Format.IniFormat), archive_path=d/"a.sqlite3")
    c = w.controller
    log = lambda name: (lambda *a: print(f"{time.time()-t0:6.2f} {name}", flush=True))
    for n in ("pipelineReady","analysisStarted","analysisProgress","analysisPartial","analysisFinished"):
        getattr(c, n).connect(log(n))
    w.analysisApplied.connect(log("applied"))
    c._received.connect(lambda e: print(f"{time.time()-t0:6.2f} received {type(e).__name__}", flush=True))
    w.show()
    print(f"{time.time()-t0:6.2f} shown")
    w.open_path(Path("resources/samples/harbour-bridge.txt"))
    done = []
    w.analysisApplied.connect(done.append)
    while not done:
        QCoreApplication.processEvents()
        time.sleep(0.005)
if __name__ == "__main__":
    main()
