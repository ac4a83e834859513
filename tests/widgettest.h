#pragma once

// Helpers for widget tests.

#include <QTest>
#include <QWidget>

namespace tt::test {

// Types text as key presses, including letters QTest::keyClicks cannot (it
// knows ASCII only): Cyrillic, accents.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace tt::test
