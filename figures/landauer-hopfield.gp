# landauer-hopfield.gp: tangled from noweb/landauer.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$\alpha = P/N$'
set ylabel 'overlap $m$'
set xrange [0.04:0.26]
set yrange [0:1.05]
set key top right
set arrow from 0.1379,0 to 0.1379,1.05 nohead dt 3 lc rgb '#888888'
plot 'reports/landauer-hopfield.tsv' index 1 using 1:2 with lines ls 1 title 'AGS, $N=\infty$', \
     '' index 0 using ($1 == 500 ? $2 : 1/0):3:4 with yerrorlines ls 12 title '$N = 500$', \
     '' index 0 using ($1 == 1000 ? $2 : 1/0):3:4 with yerrorlines ls 13 title '$N = 1000$', \
     '' index 0 using ($1 == 2000 ? $2 : 1/0):3:4 with yerrorlines ls 14 title '$N = 2000$', \
     '' index 0 using ($1 == 250 ? $2 : 1/0):3:4 with yerrorlines pt 4 ps 0.5 lc rgb '#888888' \
        title '$N = 250$'
