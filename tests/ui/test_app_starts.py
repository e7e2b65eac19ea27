from naravard_desktop.ui.main_window import MainWindow


def test_main_window_lists_the_2024_form(qtbot, data_dir):
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    texts = [window.form_list.item(i).text() for i in range(window.form_list.count())]
    assert any("2025-03-31" in t for t in texts)
    assert window.self_test()
