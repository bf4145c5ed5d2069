# denseam-basin.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set terminal cairolatex pdf input size 12cm,8.5cm colortext
set output outfile
f = 'reports/denseam-basin.tsv'
set multiplot layout 1,2
set bmargin at screen 0.34
set tmargin at screen 0.93
set xlabel '$T$'
set ylabel 'cue overlap $m_0$'
set xrange [0:0.64]
set yrange [0:1.02]
set key at screen 0.5,screen 0.01 center bottom horizontal maxrows 2 width 1
set title '$n=3$'
plot f index 0 using ($3 > 0.5 ? $1 : 1/0):2 with points pt 7 ps 0.45 lc rgb '#0072b2' \
       title 'retrieved', \
     '' index 0 using ($3 <= 0.5 ? $1 : 1/0):2 with points pt 6 ps 0.45 lc rgb '#d55e00' \
       title 'forgotten', \
     '' index 2 using 1:2 with lines ls 1 title '$m_u(T)$', \
     '' index 2 using 1:3 with lines ls 1 dt (6,3) title '$m_s(T)$'
set title '$n=4$'
set ylabel ''
unset key
plot f index 1 using ($3 > 0.5 ? $1 : 1/0):2 with points pt 7 ps 0.45 lc rgb '#0072b2', \
     '' index 1 using ($3 <= 0.5 ? $1 : 1/0):2 with points pt 6 ps 0.45 lc rgb '#d55e00', \
     '' index 3 using 1:2 with lines ls 1, \
     '' index 3 using 1:3 with lines ls 1 dt (6,3)
unset multiplot
