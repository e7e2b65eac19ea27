def test_main_window_lists_the_2024_form(make_window):
    window = make_window()
    texts = [window.form_list.item(i).text() for i in range(window.form_list.count())]
    assert any("2025-03-31" in t for t in texts)
    assert window.self_test()
