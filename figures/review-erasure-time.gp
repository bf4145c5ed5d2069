# review-erasure-time.gp: tangled from noweb/review.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$1/\tau$'
set ylabel '$\langle W\rangle/kT$'
set xrange [0:0.42]
set yrange [0.6:1.6]
set key bottom right
plot 'reports/review-erasure-time.tsv' using 1:3 with lines ls 1 lw 1.5 \
       title '$\ln2 - H(p) + B/\tau$', \
     '' using 1:2 with lines ls 2 title 'exact', \
     'reports/review-erasure-time-fit.tsv' using 1:2 with lines ls 3 title 'fit, $\tau \ge 20$', \
     'reports/review-erasure-time-mc.tsv' using 1:3:4 with yerrorbars ls 12 title 'simulation'
