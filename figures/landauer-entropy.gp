# landauer-entropy.gp: tangled from noweb/landauer.nw; edit that, not this.
load 'figures/style.gp'
set output outfile
set xlabel '$T/T_c$'
set ylabel '$-\Delta S/kN$'
set xrange [0:1.6]
set yrange [0:0.75]
set key at graph 0.02,graph 0.03 left bottom Left reverse spacing 1.05 samplen 2.5
set arrow from 0,log(2) to 1.6,log(2) nohead lw 1.5 dt (8,4) lc rgb '#000000'
set label '$\ln 2$' at 1.45,log(2)+0.03
plot 'reports/landauer-entropy.tsv' using 1:2 with lines ls 1 title 'eq.~(15)', \
     '' every 4 using 1:3 with points pt 6 ps 0.5 lc rgb '#000000' title 'eq.~(18)', \
     '' using 1:4 with lines ls 2 title 'exact, $N = 16$', \
     '' using 1:5 with lines ls 3 title 'exact, $N = 128$', \
     '' using 1:6 with lines ls 4 title 'exact, $N = 1024$', \
     'reports/landauer-entropy-mc.tsv' using ($1 == 16 ? $2 : 1/0):3:4 with yerrorbars ls 12 \
        title 'MC, $N = 16$', \
     '' using ($1 == 128 ? $2 : 1/0):3:4 with yerrorbars ls 13 title 'MC, $N = 128$', \
     '' using ($1 == 1024 ? $2 : 1/0):3:4 with yerrorbars ls 14 title 'MC, $N = 1024$'
