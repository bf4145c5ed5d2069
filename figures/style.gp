# style.gp: tangled from noweb/ledger.nw; edit that, not this.
set terminal cairolatex pdf input size 12cm,7.5cm colortext
set border 3 lw 1
set tics nomirror out scale 0.6
set grid back lc rgb '#dddddd' lw 0.5
set key spacing 1.2 samplen 3
set style line 1 lc rgb '#000000' lw 2.5 dt 1
set style line 2 lc rgb '#0072b2' lw 2.5 dt (6,3)
set style line 3 lc rgb '#d55e00' lw 2.5 dt (6,3,2,3)
set style line 4 lc rgb '#009e73' lw 2.5 dt (14,4)
set style line 12 lc rgb '#0072b2' pt 7 ps 0.6 lw 1.5
set style line 13 lc rgb '#d55e00' pt 5 ps 0.6 lw 1.5
set style line 14 lc rgb '#009e73' pt 9 ps 0.7 lw 1.5
set bars small
