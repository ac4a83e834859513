#include "ui/views/dashboard/export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#ifdef TWINNING_HAVE_SVG
#include <QSvgGenerator>
#endif
#include <QWidget>

namespace tt::ui {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

Status exportPainting(const QString &path, const QSize &size, const QString &title,
                      const std::function<void(QPainter *)> &paint)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg") {
#ifndef TWINNING_HAVE_SVG
        Q_UNUSED(title)
        return Error::make(Error::Code::Invalid,
                           ExportText::tr("This build of the program writes no SVG; choose a file "
                                          "name ending in .png."),
                           path);
#else
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(ExportText::tr("Made with Twinning Tracker. Map data: Natural Earth."));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error::make(Error::Code::Io, ExportText::tr("The file could not be written."),
                               path);
        paint(&painter);
        painter.end();
        if (!QFileInfo::exists(path))
            return Error::make(Error::Code::Io, ExportText::tr("The file could not be written."),
                               path);
        return {};
#endif
    }
    if (suffix != u"png")
        return Error::make(Error::Code::Invalid,
                           ExportText::tr("Choose a file name ending in .png or .svg."), path);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(&painter);
    painter.end();
    if (!image.save(path, "PNG"))
        return Error::make(Error::Code::Io, ExportText::tr("The file could not be written."), path);
    return {};
}

Status exportWidget(const QString &path, QWidget *widget, const QString &title)
{
    return exportPainting(path, widget->size(), title,
                          [widget](QPainter *painter) { widget->render(painter); });
}

} // namespace tt::ui
