# denseam-large.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set terminal cairolatex pdf input size 14cm,11cm colortext
set output outfile
f = 'reports/denseam-large.tsv'
set multiplot
set lmargin at screen 0.11
set rmargin at screen 0.64
set size 1,0.55
set origin 0,0.45
set logscale x 2
set format x '$2^{%L}$'
set xrange [6:5500]
set ylabel '$k_BT$ per unit'
set key at screen 0.66,screen 0.93 left top
plot f using 1:(($2 - $13) / 0.3) with lines ls 1 title '$\beta(W_{\rm mf}-\Delta F)/N$', \
     '' using 1:16:17 with yerrorbars ls 12 title '$\beta(\langle W\rangle-\Delta F)/N$', \
     '' using 1:14:15 with yerrorbars ls 13 title '$\beta(J_R-\Delta F)/N$', \
     '' using 1:18 with lines ls 3 title 'REM prediction', \
     '' using 1:($20 / $1):($21 / $1) with yerrorlines ls 14 \
       title '$-\ln\langle e^{-\Sigma}\rangle_R/N$'
set size 1,0.45
set origin 0,0
set xlabel '$N$'
set ylabel '$N\times$ gap to mean field'
set key at screen 0.66,screen 0.40 left top
set yrange [-1.5:1]
plot f using 1:($1 * ($3 - $2)) with linespoints ls 2 title '$\langle W\rangle/N$, exact', \
     '' using 1:($1 * ($7 - $6)) with linespoints ls 3 title '$\langle m(\tau)\rangle$, exact', \
     '' using 1:($1 * ($4 - $2)):($1 * $5) with yerrorbars ls 12 \
       title '$\langle W\rangle/N$, simulated', \
     '' using 1:($1 * ($8 - $6)):($1 * $9) with yerrorbars ls 13 \
       title '$\langle m(\tau)\rangle$, simulated'
unset multiplot
