# denseam-pareto.gp: tangled from noweb/denseam.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$\beta\langle W\rangle/N$'
set ylabel '$\langle m_1(\tau)\rangle$'
set key top right
plot 'reports/denseam-tradeoff.tsv' index 0 using 9:7:10:8 with xyerrorbars ls 12 title '$n=2$', \
     '' index 1 using 9:7:10:8 with xyerrorbars ls 13 title '$n=3$', \
     '' index 2 using 9:7:10:8 with xyerrorbars ls 14 title '$n=4$', \
     '' index 0 using 9:7 with lines ls 2 notitle, \
     '' index 1 using 9:7 with lines ls 3 notitle, \
     '' index 2 using 9:7 with lines ls 4 notitle
