# review-trap.gp: tangled from noweb/review.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$1/\tau$'
set ylabel '$\langle W\rangle/kT$'
set xrange [0:4]
set key top left
plot 'reports/review-trap.tsv' using 1:3 with lines ls 1 title '$\ln 2 + 1/(4\tau)$', \
     '' using 1:2 with lines ls 2 title 'optimal, $W^*$', \
     '' using 1:4 with lines ls 3 title 'linear ramp', \
     'reports/review-trap-mc.tsv' using 1:3:4 with yerrorbars ls 12 title 'simulation, optimal'
