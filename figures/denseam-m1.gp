# denseam-m1.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$\tau$'
set ylabel '$\langle m_1(\tau)\rangle$'
set logscale x 2
set format x '$2^{%L}$'
set yrange [-0.2:1.05]
set key outside right center
plot 'reports/denseam-tradeoff.tsv' index 0 using 2:6 with lines ls 2 title '$n=2$, $N=10$', \
     '' index 1 using 2:6 with lines ls 3 title '$n=3$, $N=10$', \
     '' index 2 using 2:6 with lines ls 4 title '$n=4$, $N=10$', \
     '' index 0 using 2:7:8 with yerrorbars ls 12 title '$n=2$, $N=64$', \
     '' index 1 using 2:7:8 with yerrorbars ls 13 title '$n=3$, $N=64$', \
     '' index 2 using 2:7:8 with yerrorbars ls 14 title '$n=4$, $N=64$'
