# denseam-basin.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
f = 'reports/denseam-basin.tsv'
set multiplot layout 1,2
set xlabel '$T$'
set ylabel 'cue overlap $m_0$'
set xrange [0:0.64]
set yrange [0:1.02]
unset key
set title '$n=3$'
plot f index 0 using ($3 > 0.5 ? $1 : 1/0):2 with points pt 7 ps 0.45 lc rgb '#0072b2', \
     '' index 0 using ($3 <= 0.5 ? $1 : 1/0):2 with points pt 6 ps 0.45 lc rgb '#d55e00', \
     '' index 2 using 1:2 with lines ls 1, \
     '' index 2 using 1:3 with lines lc rgb '#000000' dt 2 lw 1.5
set title '$n=4$'
set ylabel ''
plot f index 1 using ($3 > 0.5 ? $1 : 1/0):2 with points pt 7 ps 0.45 lc rgb '#0072b2' notitle, \
     '' index 1 using ($3 <= 0.5 ? $1 : 1/0):2 with points pt 6 ps 0.45 lc rgb '#d55e00' notitle, \
     '' index 3 using 1:2 with lines ls 1 notitle, \
     '' index 3 using 1:3 with lines lc rgb '#000000' dt 2 lw 1.5 notitle
unset multiplot
