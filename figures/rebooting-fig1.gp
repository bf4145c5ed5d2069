# rebooting-fig1.gp: tangled from noweb/rebooting.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$N$'
set ylabel '$\langle D(\hat p\,\|\,p)\rangle$ (bits)'
set logscale xy
set xrange [1:100]
set yrange [0.005:3]
set key bottom left
set arrow from 15, graph 0 to 15, graph 1 nohead dt 3 lc rgb '#888888'
plot 'reports/rebooting-fig1.tsv' using 1:2 with lines ls 2 title 'maximum likelihood', \
     '' using 1:3 with lines ls 3 title 'maximum entropy', \
     '' using 1:4 with lines ls 4 title 'minimum free energy', \
     'reports/rebooting-fig1-mc.tsv' using 1:($2 == 0 ? $3 : 1/0):4 with yerrorbars ls 12 notitle, \
     '' using 1:($2 == 2 ? $3 : 1/0):4 with yerrorbars ls 14 notitle
