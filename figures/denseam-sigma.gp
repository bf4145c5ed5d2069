# denseam-sigma.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$\tau$'
set ylabel '$\langle\Sigma\rangle$'
set logscale x 2
set format x '$2^{%L}$'
set key outside right center
plot 'reports/denseam-tradeoff.tsv' index 0 using 2:3 with linespoints ls 2 title '$n=2$', \
     '' index 1 using 2:3 with linespoints ls 3 title '$n=3$', \
     '' index 2 using 2:3 with linespoints ls 4 title '$n=4$'
