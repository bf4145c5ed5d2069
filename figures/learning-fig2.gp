# learning-fig2.gp: tangled from noweb/learning.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set style line 5 lc rgb '#882255' lw 2.5 dt (3,3)
set xlabel '$\nu$'
set ylabel '$\eta$'
set xrange [0:10]
set yrange [0:1.05]
set key top left Left reverse spacing 1.1 samplen 3
plot 'reports/learning-fig2.tsv' using 1:6 with lines ls 1 title '$\tau\to\infty$', \
     '' using 1:5 with lines ls 2 title '$\tau=100$', \
     '' using 1:4 with lines ls 3 title '$\tau=10$', \
     '' using 1:3 with lines ls 4 title '$\tau=1$', \
     '' using 1:2 with lines ls 5 title '$\tau=0.1$'
