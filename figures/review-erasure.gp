# review-erasure.gp: tangled from noweb/review.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$p$'
set ylabel '$\langle W\rangle/kT$'
set xrange [0:0.5]
set yrange [0:*]
set key top right
plot 'reports/review-erasure.tsv' using 1:2 with lines ls 1 title '$\ln 2 - H(p)$', \
     '' using 1:3 with lines ls 2 title '$K = 1$', \
     '' using 1:4 with lines ls 3 title '$K = 4$', \
     '' using 1:5 with lines ls 4 title '$K = 16$', \
     'reports/review-erasure-mc.tsv' using 1:($2 == 1 ? $3 : 1/0):4 with yerrorbars ls 12 \
       title 'simulated, $K = 1$', \
     '' using 1:($2 == 4 ? $3 : 1/0):4 with yerrorbars ls 13 title 'simulated, $K = 4$', \
     '' using 1:($2 == 16 ? $3 : 1/0):4 with yerrorbars ls 14 title 'simulated, $K = 16$'
