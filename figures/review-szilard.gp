# review-szilard.gp: tangled from noweb/review.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$\epsilon$'
set ylabel '$\langle W_{\rm ext}\rangle/kT$'
set xrange [0:0.5]
set yrange [0:0.7]
set key top right
plot 'reports/review-szilard.tsv' using 1:2 with lines ls 1 title '$I = \ln 2 - H(\epsilon)$', \
     '' using 1:3 with lines ls 2 title '$K = 2$', \
     '' using 1:4 with lines ls 3 title '$K = 4$', \
     '' using 1:5 with lines ls 4 title '$K = 16$', \
     'reports/review-szilard-mc.tsv' using 1:($2 == 2 ? $3 : 1/0):4 with yerrorbars ls 12 \
       title 'simulated, $K = 2$', \
     '' using 1:($2 == 4 ? $3 : 1/0):4 with yerrorbars ls 13 title 'simulated, $K = 4$', \
     '' using 1:($2 == 16 ? $3 : 1/0):4 with yerrorbars ls 14 title 'simulated, $K = 16$'
