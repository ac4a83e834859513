# `cmake --install` puts the program where a Linux desktop looks for it, and
# CPack makes a Debian package of the same files:
#   cmake --build build --target package    ->  build/twinning-tracker_<version>_<arch>.deb
if(WIN32)
    # On Windows, scripts/windows-build.sh gathers the program with its DLLs and
    # makes the installer (resources/windows/installer.nsi); there is no Debian
    # package and no desktop file to install.
    install(TARGETS twinning-tracker RUNTIME DESTINATION .)
    return()
endif()

include(GNUInstallDirs)

set(TT_APP_ID org.twinningtracker.TwinningTracker)
set(TT_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS twinning-tracker RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${TT_DESKTOP_DIR}/${TT_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${TT_DESKTOP_DIR}/${TT_APP_ID}.metainfo.xml.in
    ${PROJECT_BINARY_DIR}/${TT_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${TT_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/twinning-tracker.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${TT_APP_ID}.svg)
# *.twinning files open with the program from a file manager.
install(FILES ${TT_DESKTOP_DIR}/twinning-tracker-mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${TT_APP_ID}.xml)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/twinning-tracker
    RENAME copyright)
install(FILES ${PROJECT_SOURCE_DIR}/README.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/twinning-tracker)
# The README's links lead into docs/, which goes beside it.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/twinning-tracker)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME twinning-tracker)
set(CPACK_PACKAGE_VENDOR "Twinning Tracker contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "international partnerships of Ukrainian communities")
set(CPACK_PACKAGE_DESCRIPTION
    "Twinning Tracker keeps the city pairs of Ukrainian communities and their foreign\n\
partners, their cooperation areas, milestones, contacts, projects and documents,\n\
with a dashboard, an offline map, printed reports and import and export of\n\
spreadsheets. In Ukrainian, English and German.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Twinning Tracker contributors <twinning-tracker@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3.0-or-later)
# The libraries the program links (Qt 6, SQLite, libxlsxwriter, minizip) come
# from dpkg-shlibdeps; what it loads at run time is named here: Qt's SQLite and
# PostgreSQL drivers, the platform plugins xcb and offscreen (libqt6gui6), the
# SVG icon engine and image plugin (libqt6svg6) and DejaVu for Cyrillic reports.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6gui6, libqt6svg6, fonts-dejavu-core")
# Qt's own dialogs in Ukrainian and German.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
