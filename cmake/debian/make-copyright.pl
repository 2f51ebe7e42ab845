#!/usr/bin/perl
# Writes Debian's copyright file for the heftsatz package: the stanzas of
# cmake/debian/copyright.in, then the full text of each licence they name,
# taken from the upstream copyright files that ship beside the data, so no
# licence text is kept twice in the tree.
#   make-copyright.pl SOURCE_DIR OUTPUT
use strict;
use warnings;

my ($src, $out) = @ARGV;
die "usage: make-copyright.pl SOURCE_DIR OUTPUT\n" unless defined $out;

sub slurp {
    my ($file) = @_;
    open my $in, '<:raw', "$src/$file" or die "$src/$file: $!\n";
    local $/;
    return <$in>;
}

# The longest text of a "License: NAME" stanza (its indented lines) in a
# DEP-5 file: a short stanza only names the licence, the long one holds it.
sub dep5_text {
    my ($file, $name) = @_;
    my $text = slurp($file);
    my $best = '';
    while ($text =~ /^License: \Q$name\E\n((?: .*\n)+)/mg) {
        $best = $1 if length $1 > length $best;
    }
    die "$file has no text for licence $name\n" unless $best;
    return $best;
}

# The MIT text in the patterns' YAML-like header ("% licence: ... text: >"),
# reindented as DEP-5 wants it.
sub patterns_mit_text {
    my $text = slurp('data/hyphenation/dehyphn-x-2022-03-16.pat');
    $text =~ /^%\s+text: >\n((?:%.*\n)+?)%\n% source:/m or die "no MIT text in the patterns' header\n";
    return join '', map { my $l = $_; $l =~ s/^%\s*//; $l eq '' ? " .\n" : " $l\n" } split /\n/, $1;
}

my @licences = (
    ['OFL-1.1',                    dep5_text('fonts/NotoSerif.LICENSE.txt', 'OFL-1.1')],
    ['GPL-2+ with Font exception', dep5_text('fonts/LinLibertine.LICENSE.txt', 'GPL-2+ with Font exception')],
    ['bitstream-vera',             dep5_text('fonts/DejaVuSans.LICENSE.txt', 'bitstream-vera')],
    ['MIT',                        patterns_mit_text()],
    ['GPL-2+',                     dep5_text('data/hunspell/COPYRIGHT', 'GPL-2+')],
    ['Zlib',                       dep5_text('data/icc/COPYRIGHT.icc-profiles-free', 'Zlib')],
);

open my $o, '>:raw', $out or die "$out: $!\n";
print $o slurp('cmake/debian/copyright.in');
print $o "\nLicense: $_->[0]\n$_->[1]" for @licences;
close $o or die "$out: $!\n";
