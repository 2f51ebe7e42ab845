# cpack -G DEB (in build/, or scripts/test-deb.sh): a Debian package of what
# cmake/Install.cmake installs, under /usr.
set(CPACK_PACKAGE_NAME heftsatz)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "typesets a magazine issue from XML into a print-quality PDF")
# The Description's long part: CPack indents each line and writes a blank
# line as " ."; the lines are wrapped here, as Debian wants them under 80.
set(CPACK_PACKAGE_DESCRIPTION [=[heftsatz sets a monthly issue of a German trade magazine from its XML
manifest: German text shaped with HarfBuzz, justified with Knuth-Plass and
German hyphenation (dehyph-exptl patterns), flowed into columns on a baseline
grid, with figures, ads, news, a company directory and an imprint.

It writes a small, searchable, reproducible PDF with subset fonts, bookmarks
and links, tagged for screen readers (PDF/UA-1), for the archive (PDF/A-2a)
or for the printer (PDF/X-4), and the issue's flatplan as HTML. The layouts,
fonts, hyphenation patterns, Hunspell dictionary and colour profiles it needs
are in the package.]=])
set(CPACK_PACKAGE_CONTACT "heftsatz maintainers <maintainers@heftsatz.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends from the libraries the binary links, with the versions its
# symbols need (dpkg-shlibdeps, from dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debian's directories are 0755 root:root whatever the umask of the build.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
