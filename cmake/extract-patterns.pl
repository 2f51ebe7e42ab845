#!/usr/bin/perl
# Extracts the \patterns{...} block of a TeX hyphenation file, one pattern a
# line, for libhyphen's substrings.pl. Comments and TeX commands are dropped.
use strict;
use warnings;
my ($in, $out) = @ARGV;
open my $fh, '<:raw', $in or die "cannot read $in: $!";
open my $oh, '>:raw', $out or die "cannot write $out: $!";
my $inside = 0;
my $count = 0;
while (my $line = <$fh>) {
    if (!$inside) { $inside = 1 if $line =~ /^\\patterns\{/; next; }
    last if $line =~ /^\}/;
    $line =~ s/%.*//;
    for my $p (split ' ', $line) { print $oh "$p\n"; $count++; }
}
die "no patterns found in $in\n" if $count == 0;
