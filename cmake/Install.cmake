# Install layout and the Debian package. Included from the top CMakeLists.txt after the targets.
#
#   bin/nervefloss                                   (installed by src/app/CMakeLists.txt)
#   share/nervefloss/{routines,fonts,...}            the whole assets folder; src/app/Assets.cpp
#                                                    finds it as <exe>/../share/nervefloss, so an
#                                                    installed tree works wherever it is moved
#   share/applications/nervefloss.desktop            only when the window (gui module) is built
#   share/metainfo/invalid.nervefloss.Nervefloss.metainfo.xml   the software centre's page
#                                                    (AppStream), with the window too
#   share/icons/hicolor/scalable/apps/nervefloss.svg
#   share/icons/hicolor/256x256/apps/nervefloss.png  rendered from the SVG at build time when
#                                                    rsvg-convert (librsvg2-bin) is installed

install(DIRECTORY ${NERVEFLOSS_SOURCE_ASSETS}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/nervefloss)

set(NERVEFLOSS_ICON_SVG ${PROJECT_SOURCE_DIR}/packaging/nervefloss.svg)
install(FILES ${NERVEFLOSS_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

find_program(NERVEFLOSS_RSVG_CONVERT rsvg-convert)
if(NERVEFLOSS_RSVG_CONVERT)
    set(NERVEFLOSS_ICON_PNG ${CMAKE_BINARY_DIR}/icons/nervefloss.png)
    add_custom_command(OUTPUT ${NERVEFLOSS_ICON_PNG}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons
        COMMAND ${NERVEFLOSS_RSVG_CONVERT} -w 256 -h 256 -o ${NERVEFLOSS_ICON_PNG} ${NERVEFLOSS_ICON_SVG}
        DEPENDS ${NERVEFLOSS_ICON_SVG}
        COMMENT "Rendering the 256x256 icon")
    add_custom_target(nervefloss_icon ALL DEPENDS ${NERVEFLOSS_ICON_PNG})
    install(FILES ${NERVEFLOSS_ICON_PNG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
else()
    message(STATUS "rsvg-convert not found (librsvg2-bin): installing the SVG icon only")
endif()

# A launcher, and a software centre's page for it, are only useful when the program opens a
# window with no arguments.
if(TARGET nervefloss_gui)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/nervefloss.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    # AppStream wants screenshots on the web: where the repository's docs/ folder is published.
    set(NERVEFLOSS_WEB_URL "https://nervefloss.invalid" CACHE STRING
        "Web address under which the repository's docs/ folder is published (AppStream screenshots)")
    set(NERVEFLOSS_METAINFO ${CMAKE_BINARY_DIR}/invalid.nervefloss.Nervefloss.metainfo.xml)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/nervefloss.metainfo.xml.in ${NERVEFLOSS_METAINFO} @ONLY)
    # The newest release listed must be the version being built.
    file(READ ${PROJECT_SOURCE_DIR}/packaging/nervefloss.metainfo.xml.in NERVEFLOSS_METAINFO_TEXT)
    string(FIND "${NERVEFLOSS_METAINFO_TEXT}" "<release version=\"${PROJECT_VERSION}\"" NERVEFLOSS_RELEASE_AT)
    if(NERVEFLOSS_RELEASE_AT EQUAL -1)
        message(FATAL_ERROR "packaging/nervefloss.metainfo.xml.in lists no release ${PROJECT_VERSION}: add it")
    endif()
    install(FILES ${NERVEFLOSS_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# CPack: `cpack -G DEB` in the build folder (scripts/package.sh does it from a clean release build).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nervefloss)
set(CPACK_PACKAGE_VENDOR nervefloss)
set(CPACK_PACKAGE_CONTACT "nervefloss maintainers <maintainers@nervefloss.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "nervefloss coaches a guided nerve flossing routine (the seated slump slider) and other home\n\
rehab exercises with tones, spoken cues and a large-print window, and keeps a history of sessions\n\
and pain ratings. It does not diagnose and does not replace a clinician.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # nervefloss_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries (SFML, OpenAL, spdlog, fmt, toml++, SQLite, espeak-ng...) come from
# dpkg-shlibdeps (dpkg-dev). espeak-ng reads its voices from espeak-ng-data at run time, which no
# ELF dependency names; the fonts are bundled in share/nervefloss/fonts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data")
include(CPack)
