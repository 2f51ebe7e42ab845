# cmake --install build --prefix P: the program in P/bin, its data in
# P/share/heftsatz (found from the program's own place, base/ProgramData.h),
# the man page and the bash completion. Nothing installed reads the source
# or build tree.
install(TARGETS heftsatz RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES layouts/kommune21.xml layouts/libertine-57mm.xml
        DESTINATION ${HEFTSATZ_INSTALL_DATADIR}/layouts)
# The fonts with their licences and the README that says which is which.
install(DIRECTORY fonts/ DESTINATION ${HEFTSATZ_INSTALL_DATADIR}/fonts
        FILES_MATCHING PATTERN "*.ttf" PATTERN "*.otf" PATTERN "*.LICENSE.txt" PATTERN "README.md")
# The compiled patterns, and the licence from the patterns' header (MIT:
# the notice must go with every copy), cut out when CMake configures.
set(HYPHEN_LICENSE ${CMAKE_BINARY_DIR}/data/hyph_de-x-dehyphn.LICENSE.txt)
file(READ ${HYPHEN_PAT} HYPHEN_PAT_TEXT)
string(FIND "${HYPHEN_PAT_TEXT}" "\n% ====" HYPHEN_HEADER_END)
string(SUBSTRING "${HYPHEN_PAT_TEXT}" 0 ${HYPHEN_HEADER_END} HYPHEN_HEADER)
file(CONFIGURE OUTPUT ${HYPHEN_LICENSE} CONTENT "${HYPHEN_HEADER}\n" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${HYPHEN_PAT})
install(FILES ${HYPHEN_DIC} ${HYPHEN_LICENSE} data/hyphenation/README.md
        DESTINATION ${HEFTSATZ_INSTALL_DATADIR}/hyphenation)
install(FILES data/hunspell/de_DE.dic data/hunspell/de_DE.aff data/hunspell/COPYRIGHT data/hunspell/README.md
              data/hunspell/GPL-2.txt data/hunspell/GPL-3.txt
        DESTINATION ${HEFTSATZ_INSTALL_DATADIR}/hunspell)
install(FILES data/icc/sRGB.icc data/icc/FOGRA39L-coated.icc data/icc/COPYRIGHT.icc-profiles-free data/icc/README.md
        DESTINATION ${HEFTSATZ_INSTALL_DATADIR}/icc)

# Debian installs man pages compressed, with no name or time in the gzip
# header (-n), so the package is reproducible.
set(HEFTSATZ_MAN_GZ ${CMAKE_BINARY_DIR}/heftsatz.1.gz)
add_custom_command(OUTPUT ${HEFTSATZ_MAN_GZ}
  COMMAND gzip -9 -n -c ${CMAKE_SOURCE_DIR}/docs/heftsatz.1 > ${HEFTSATZ_MAN_GZ}
  DEPENDS ${CMAKE_SOURCE_DIR}/docs/heftsatz.1
  COMMENT "Compressing the man page")
add_custom_target(man_page ALL DEPENDS ${HEFTSATZ_MAN_GZ})
install(FILES ${HEFTSATZ_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES completion/heftsatz.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME heftsatz)

# Debian's copyright file: heftsatz and every font, dictionary and profile
# it ships, with their licences. The formats and an issue folder to start
# from (the README's third way in) go beside it.
set(HEFTSATZ_COPYRIGHT ${CMAKE_BINARY_DIR}/copyright)
add_custom_command(OUTPUT ${HEFTSATZ_COPYRIGHT}
  COMMAND ${PERL} ${CMAKE_SOURCE_DIR}/cmake/debian/make-copyright.pl ${CMAKE_SOURCE_DIR} ${HEFTSATZ_COPYRIGHT}
  DEPENDS ${CMAKE_SOURCE_DIR}/cmake/debian/make-copyright.pl ${CMAKE_SOURCE_DIR}/cmake/debian/copyright.in
          ${CMAKE_SOURCE_DIR}/fonts/NotoSerif.LICENSE.txt ${CMAKE_SOURCE_DIR}/fonts/LinLibertine.LICENSE.txt
          ${CMAKE_SOURCE_DIR}/fonts/DejaVuSans.LICENSE.txt ${HYPHEN_PAT} ${CMAKE_SOURCE_DIR}/data/hunspell/COPYRIGHT
          ${CMAKE_SOURCE_DIR}/data/icc/COPYRIGHT.icc-profiles-free
  COMMENT "Writing the Debian copyright file")
add_custom_target(debian_copyright ALL DEPENDS ${HEFTSATZ_COPYRIGHT})
install(FILES ${HEFTSATZ_COPYRIGHT} docs/formats.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY examples/minimal-issue DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
