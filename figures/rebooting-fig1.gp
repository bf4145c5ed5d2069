# rebooting-fig1.gp: tangled from noweb/rebooting.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$N$'
set ylabel '$\langle D(\hat p\,\|\,p)\rangle$ (bits)'
set logscale xy
set xrange [1:100]
set yrange [0.001:3]
set key bottom left Left reverse spacing 1.1
set arrow from 15, graph 0 to 15, graph 1 nohead dt (4,4) lw 1.5 lc rgb '#444444'
plot 'reports/rebooting-fig1.tsv' using 1:2 with lines ls 2 title 'max.\ likelihood', \
     '' using 1:3 with lines ls 3 title 'max.\ entropy', \
     '' using 1:4 with lines ls 4 title 'min.\ free energy', \
     '' using 1:5 with lines ls 1 title 'sharpened, best $\beta>1$', \
     'reports/rebooting-fig1-mc.tsv' using 1:($2 == 0 ? $3 : 1/0):4 with yerrorbars ls 12 \
       title 'simulated (ML)', \
     '' using 1:($2 == 2 ? $3 : 1/0):4 with yerrorbars ls 14 title 'simulated (MFE)'
